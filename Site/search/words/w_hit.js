BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"4s,s,1u,3;4s"
});
