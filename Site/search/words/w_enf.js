BRIEFINGS_SEARCH_WORDS("enf",{
"enfance":"2y",
"enfant":"7l",
"enfants":"1h,1h,47,3,3,8,1",
"enfin":"57,2l",
"enforce":"7g,2;7g,2"
});
