BRIEFINGS_SEARCH_WORDS("clo",{
"closed":"5k,r,s,t,3,3,5;5k,r,s"
});
