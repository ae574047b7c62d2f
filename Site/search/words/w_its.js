BRIEFINGS_SEARCH_WORDS("its",{
"its":"47,m,q,4,v,o,4,1,3,3,3;47,m,u"
});
