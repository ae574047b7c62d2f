BRIEFINGS_SEARCH_WORDS("jim",{
"jim":"1n"
});
