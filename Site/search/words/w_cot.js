BRIEFINGS_SEARCH_WORDS("cot",{
"cote":"7x",
"cotes":"17,5,1,5,z,6,a,7,v,b,18,21,6,1,5,2;3z"
});
