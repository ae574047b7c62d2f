BRIEFINGS_SEARCH_WORDS("mas",{
"masquer":"3b",
"mass":"7j",
"masses":"15"
});
