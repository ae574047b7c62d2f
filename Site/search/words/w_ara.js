BRIEFINGS_SEARCH_WORDS("ara",{
"arab":"u,5,y,p,8,19,3v;43",
"arabe":"3,f,c,13,p,46,17;u,13,p",
"arabes":"2,f,i,w,2,1d,d,4d;z",
"arabiya":"7,3c,4h;7"
});
