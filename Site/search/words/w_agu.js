BRIEFINGS_SEARCH_WORDS("agu",{
"aguila":"5,h;5"
});
