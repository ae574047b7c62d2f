BRIEFINGS_SEARCH_WORDS("bee",{
"been":"42,7,1,2,k,1j,u,1,3,3,1,2,2;4a,m"
});
