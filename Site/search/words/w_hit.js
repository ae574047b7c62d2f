BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"4z,s,1x,3;4z"
});
