BRIEFINGS_SEARCH_WORDS("cot",{
"cote":"7p",
"cotes":"17,5,1,5,z,6,a,7,r,a,18,1y,6,1,5,2;3v"
});
