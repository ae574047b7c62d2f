BRIEFINGS_SEARCH_WORDS("ely",{
"elysee":"10,6,70"
});
