BRIEFINGS_SEARCH_WORDS("bee",{
"been":"4o,7,1,2,k,1j,u,1,3,3,1,2,2;4w,m"
});
