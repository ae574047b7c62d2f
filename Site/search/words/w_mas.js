BRIEFINGS_SEARCH_WORDS("mas",{
"masquer":"3a",
"mass":"7u",
"masses":"15"
});
