BRIEFINGS_SEARCH_WORDS("its",{
"its":"47,o,r,3,t,n,4,1,3,3,3;47,o,u"
});
