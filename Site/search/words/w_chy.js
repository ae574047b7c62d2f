BRIEFINGS_SEARCH_WORDS("chy",{
"chypre":"p,9,6,2,s,1z,1,3x;p,38",
"chypriote":"p",
"chypriotes":"p"
});
