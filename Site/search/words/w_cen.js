BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"79",
"centaines":"11,4,8,1x,3e,l,3",
"centre":"2m",
"centres":"23",
"century":"5g,1y"
});
