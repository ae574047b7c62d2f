BRIEFINGS_SEARCH_WORDS("mas",{
"masquer":"3a",
"mass":"7w",
"masses":"15"
});
