BRIEFINGS_SEARCH_WORDS("cla",{
"clairement":"7s",
"clashing":"7n",
"classee":"1f,1u"
});
