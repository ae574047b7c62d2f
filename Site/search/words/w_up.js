BRIEFINGS_SEARCH_WORDS("up",{
"up":"2,4n,t,1s,4,4,4"
});
