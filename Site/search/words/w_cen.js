BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"7u",
"centaines":"11,4,8,2j,3c,m,3;78",
"centre":"2m",
"centres":"23",
"century":"61,1y"
});
