BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"79",
"centaines":"11,4,8,1w,3f,l,3",
"centre":"2l",
"centres":"22",
"century":"5d,21"
});
