BRIEFINGS_SEARCH_WORDS("mix",{
"mixte":"q"
});
