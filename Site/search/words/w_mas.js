BRIEFINGS_SEARCH_WORDS("mas",{
"masquer":"3a",
"mass":"7m",
"masses":"15"
});
