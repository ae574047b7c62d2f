BRIEFINGS_SEARCH_WORDS("cla",{
"clairement":"7g",
"clashing":"7b",
"classee":"1f,1v"
});
