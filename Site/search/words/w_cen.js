BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"7k",
"centaines":"11,4,8,1w,3r,k,3;70",
"centre":"2l",
"centres":"22",
"century":"5l,24"
});
