BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2i,1v,6,2a;4z,6",
"voted":"7l"
});
