/** Real Kota Binjai figures used across the chart tests. */
export const POP_2023 = [
  { label: 'Binjai Selatan', value: 60894 },
  { label: 'Binjai Kota', value: 32452 },
  { label: 'Binjai Timur', value: 68376 },
  { label: 'Binjai Utara', value: 88364 },
  { label: 'Binjai Barat', value: 53186 },
] as const;

export const POP_CODES_2023 = [
  { code: '12.75.05', value: 60894 },
  { code: '12.75.02', value: 32452 },
  { code: '12.75.04', value: 68376 },
  { code: '12.75.01', value: 88364 },
  { code: '12.75.03', value: 53186 },
] as const;

export const YEARS = [2020, 2021, 2022, 2023] as const;
export const POP_TOTAL = [291842, 295361, 300009, 303272] as const;
