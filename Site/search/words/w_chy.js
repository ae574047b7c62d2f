BRIEFINGS_SEARCH_WORDS("chy",{
"chypre":"p,9,6,2,s,20,1,3z;p,39",
"chypriote":"p",
"chypriotes":"p"
});
