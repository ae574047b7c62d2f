BRIEFINGS_SEARCH_WORDS("chy",{
"chypre":"p,9,6,2,s,68;p",
"chypriote":"p",
"chypriotes":"p"
});
