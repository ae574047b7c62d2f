BRIEFINGS_SEARCH_WORDS("fiv",{
"five":"3w,k,k,2r,3,1,2,2;3w,k,k,2u"
});
