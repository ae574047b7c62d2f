BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"4v,t,1q,3;4v"
});
