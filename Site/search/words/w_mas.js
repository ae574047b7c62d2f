BRIEFINGS_SEARCH_WORDS("mas",{
"masquer":"3a",
"mass":"7j",
"masses":"15"
});
