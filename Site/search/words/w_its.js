BRIEFINGS_SEARCH_WORDS("its",{
"its":"4u,n,r,3,t,n,4,1,3,3,3;4u,n,u"
});
