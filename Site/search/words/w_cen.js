BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"7l",
"centaines":"11,4,8,1w,3r,l,3;70",
"centre":"2l",
"centres":"22",
"century":"5l,25"
});
