BRIEFINGS_SEARCH_WORDS("cot",{
"cote":"88",
"cotes":"17,5,1,5,10,6,a,7,1d,a,17,1v,6,1,5,2;4i"
});
