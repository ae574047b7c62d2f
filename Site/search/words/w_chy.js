BRIEFINGS_SEARCH_WORDS("chy",{
"chypre":"p,9,6,2,s,5m;p",
"chypriote":"p",
"chypriotes":"p"
});
