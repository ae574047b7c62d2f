BRIEFINGS_SEARCH_WORDS("ara",{
"arab":"u,5,y,p,8,17,3k;41",
"arabe":"3,f,c,13,p,3v,15;u,13,p",
"arabes":"2,f,i,w,2,1d,c,41;z",
"arabiya":"7,3b,45;7"
});
