BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"78",
"centaines":"11,4,8,1x,3c,m,3;6m",
"centre":"2m",
"centres":"23",
"century":"5f,1y"
});
