BRIEFINGS_SEARCH_WORDS("cla",{
"clairement":"7f",
"clashing":"7a",
"classee":"1f,1v"
});
