BRIEFINGS_SEARCH_WORDS("cot",{
"cote":"7n",
"cotes":"17,5,1,5,10,6,a,7,r,a,18,1v,6,1,5,2;3w"
});
