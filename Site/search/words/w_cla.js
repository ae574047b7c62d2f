BRIEFINGS_SEARCH_WORDS("cla",{
"clairement":"7r",
"clashing":"7m",
"classee":"1f,1u"
});
