BRIEFINGS_SEARCH_WORDS("its",{
"its":"48,n,r,3,t,n,4,1,3,3,3;48,n,u"
});
