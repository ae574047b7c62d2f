BRIEFINGS_SEARCH_WORDS("mas",{
"masquer":"3x",
"mass":"85",
"masses":"15"
});
