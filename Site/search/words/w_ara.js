BRIEFINGS_SEARCH_WORDS("ara",{
"arab":"u,5,y,q,8,17,3k;42",
"arabe":"3,f,c,13,q,3v,15;u,13,q",
"arabes":"2,f,i,w,2,1e,c,41;z",
"arabiya":"7,3c,45;7"
});
