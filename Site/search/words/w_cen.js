BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"7m",
"centaines":"11,4,8,1w,3s,l,3;71",
"centre":"2l",
"centres":"22",
"century":"5l,26"
});
