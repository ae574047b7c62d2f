BRIEFINGS_SEARCH_WORDS("up",{
"up":"2,4m,t,1s,4,4,4"
});
