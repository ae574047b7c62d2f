BRIEFINGS_SEARCH_WORDS("chy",{
"chypre":"p,9,6,2,s,2b,1,3m;p,3k",
"chypriote":"p",
"chypriotes":"p"
});
