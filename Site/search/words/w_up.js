BRIEFINGS_SEARCH_WORDS("up",{
"up":"2,58,t,1s,4,4,4"
});
