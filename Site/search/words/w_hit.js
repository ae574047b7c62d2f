BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"5g,t,1q,3;5g"
});
