BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7l",
"adversaires":"3d,4a;3d",
"advisers":"1l,60",
"advisors":"1l"
});
