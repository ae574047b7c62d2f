BRIEFINGS_SEARCH_WORDS("cot",{
"cote":"80",
"cotes":"17,5,1,5,z,6,a,7,w,b,18,23,6,1,5,2;40"
});
